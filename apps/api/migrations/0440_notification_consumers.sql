-- The abandoned-cart reminder (written by the cart jobs) is when the marketing email goes out.
INSERT INTO event_consumers (consumer, topic_pattern) VALUES ('notifications', 'cart.abandoned.reminder')
  ON CONFLICT DO NOTHING;
