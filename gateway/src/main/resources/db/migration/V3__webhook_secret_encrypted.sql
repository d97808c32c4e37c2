-- Webhook secrets at rest are AES-256-GCM encrypted by the gateway (key gateway.webhooks.encryption-key, bound to
-- the webhook id). Rows from before keep their plain secret only until the gateway's next start, which encrypts
-- them and clears the plain column (WebhookSecretMigration); nothing new is written to it.
alter table webhook add column secret_encrypted text;
alter table webhook alter column secret drop not null;
alter table webhook add constraint webhook_secret_present check (secret is not null or secret_encrypted is not null);
