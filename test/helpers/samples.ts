// Lava-shaped payloads for tests. Secrets here are obvious test values.
export const TEST_SECRET = 'whsec_test_current';
export const TEST_PREVIOUS_SECRET = 'whsec_test_previous';

export function sampleBody(
  event = 'connection.created',
  connectionId = 'con_test_01KJHF4SFK3XSHV90AB3FAWR6G',
  extra: Record<string, unknown> = {},
) {
  return JSON.stringify({
    event,
    data: {
      connection_id: connectionId,
      has_lava_credit_balance: true,
      reference_id: 'user_42',
      customer: { email: 'ada@example.com', phone: null, first_name: 'Ada', last_name: 'Lovelace' },
      wallet: { balance: '25.00', autopay_enabled: false },
      created_at: '2026-11-01T10:00:00.000Z',
      ...extra,
    },
  });
}
