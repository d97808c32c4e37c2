package io.gifticon.gateway;

import io.gifticon.gateway.auth.ApiKeys;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.UUID;

/** Object Mother of API clients: each test gets its own client (row of api_client), so tests never share events. */
final class TestClients {
    private TestClients() {}

    record TestClient(String id, String key) {}

    static TestClient newClient(Pool database, String scopes) {
        TestClient client = new TestClient("c-" + UUID.randomUUID(), "key-" + UUID.randomUUID());
        database.preparedQuery("insert into api_client (id, key_sha256, scopes) values ($1, $2, $3)")
                .execute(Tuple.of(client.id(), ApiKeys.sha256(client.key()), scopes))
                .await()
                .indefinitely();
        return client;
    }
}
