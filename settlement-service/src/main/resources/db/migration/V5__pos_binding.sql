-- POS transactions belong to the API client (the terminal's key, X-Client-Id from the gateway) that recorded them:
-- confirm, cancel and reads by any other client find nothing. Rows recorded before this column existed have no
-- client and are reachable by nobody (they still count in the reports).
alter table pos_transaction add column client_id varchar(128);
-- what the POS page asked the popup for, when it relays its connection request with the reply: payAmount, or the
-- items' total of a COUPON request (won); null when only the reply was relayed
alter table pos_transaction add column requested_amount bigint;
