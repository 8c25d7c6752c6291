-- Channels look up a batch's vendor tokens by delivery token with an IN list. H2 uses an index for an IN list
-- only when the listed column comes first in it, and the delivery token came second in the only index that had
-- it (after app_id): every lookup compared each of the app's devices with the whole list.
CREATE INDEX ix_device_token ON device (delivery_token);
