/* The console's live updates: the push channel "health" carries each committed health change as JSON, and each
   webhook event a camera pushed (type "webhook-event"). */
var ohm = ohm || {};
ohm.healthChanged = function (message) {
    var event = typeof message === 'string' ? JSON.parse(message) : message;
    var live = document.getElementById('live-status');
    if (live) {
        live.textContent = event.type === 'webhook-event'
            ? 'Live · ' + event.cameraName + ' pushed ' + event.eventType + ' at ' + new Date(event.receivedAt).toLocaleTimeString()
            : 'Live · ' + event.cameraName + ' → ' + event.to + ' at ' + new Date(event.at).toLocaleTimeString();
    }
    if (typeof window.refreshLive === 'function') {
        window.refreshLive();
    }
};
/* A table refreshed by a push keeps the operator's filters: they are applied again to the new rows. */
ohm.refilter = function (widgetVar) {
    var table = PF(widgetVar);
    if (!table) {
        return;
    }
    var active = table.thead.find('input[type=text], select').filter(function () {
        return this.value;
    }).length > 0;
    if (active) {
        table.filter();
    }
};
