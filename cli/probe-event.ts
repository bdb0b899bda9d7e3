// What the signed test event (probe.ts) carries: an event type the consumer does not know, so it
// archives it as ignored and nothing changes. Apart from probe.ts so that `doctor --help` can name it
// without loading the code that signs and posts it.
export const DOCTOR_EVENT = 'lava-webhooks.doctor';
export const DOCTOR_CONNECTION_ID = 'con_test_lava_webhooks_doctor';
