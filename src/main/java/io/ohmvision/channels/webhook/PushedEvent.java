package io.ohmvision.channels.webhook;

/**
 * One event a camera pushed, in the terms every format shares.
 *
 * @param format     hikvision, onvif or json
 * @param eventType  e.g. VMD, linedetection, tns1:VideoSource/MotionAlarm; null when the push names none
 * @param state      active/inactive, true/false, Start/Stop as sent; may be null
 * @param channel    the device's channel id as sent; may be null
 * @param occurredAt the device's own time stamp as sent (devices disagree on formats and clocks); may be null
 * @param heartbeat  a push that only says "still here" (Hikvision repeats videoloss/inactive for that): it counts
 *                   for health but is not kept as an event
 */
public record PushedEvent(String format, String eventType, String state, String channel, String occurredAt,
                          boolean heartbeat) {

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public PushedEvent {
        eventType = clip(eventType, 200);
        state = clip(state, 50);
        channel = clip(channel, 50);
        occurredAt = clip(occurredAt, 50);
    }
}
