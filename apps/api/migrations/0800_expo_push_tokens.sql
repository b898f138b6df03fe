-- The mobile app's Expo push tokens share the push queue with browsers: a subscription is either a
-- browser (WEB: an https endpoint and its encryption keys) or a device (EXPO: the endpoint holds the
-- ExponentPushToken the app got from Expo, and there are no keys: Expo's service encrypts).
ALTER TABLE push_subscriptions ADD COLUMN kind text NOT NULL DEFAULT 'WEB';
ALTER TABLE push_subscriptions ALTER COLUMN p256dh DROP NOT NULL, ALTER COLUMN auth DROP NOT NULL;
ALTER TABLE push_subscriptions DROP CONSTRAINT push_subscriptions_endpoint_check;
ALTER TABLE push_subscriptions ADD CONSTRAINT push_subscriptions_address CHECK (
  (kind = 'WEB' AND endpoint ~ '^https?://' AND p256dh IS NOT NULL AND auth IS NOT NULL)
  OR (kind = 'EXPO' AND endpoint ~ '^Expo(nent)?PushToken\[[^]]+\]$' AND p256dh IS NULL AND auth IS NULL)
);
