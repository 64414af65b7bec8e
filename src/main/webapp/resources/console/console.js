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
    ohm.refreshSoon();
};
/* A large fleet changes many times a second: one refresh within half a second covers every change meanwhile,
   instead of one request per change. */
ohm.refreshScheduled = false;
ohm.refreshSoon = function () {
    if (typeof window.refreshLive !== 'function' || ohm.refreshScheduled) {
        return;
    }
    ohm.refreshScheduled = true;
    setTimeout(function () {
        ohm.refreshScheduled = false;
        window.refreshLive();
    }, 500);
};
