package io.gifticon.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kafka refuses to create topics on the fly here ({@code auto.create.topics.enable: false}): every topic an app
 * produces to, consumes from or dead-letters into must be a KafkaTopic of the overlay, and every KafkaTopic must be
 * used by some app.
 */
class TopicsTest {

    /** The apps that talk to Kafka (the provider sandbox does not). */
    static final List<String> KAFKA_APPS = OverlaysTest.APPS;

    static KafkaUsage usage(String app) {
        return new KafkaUsage(Repo.read(Repo.ROOT.resolve(app).resolve("src/main/resources/application.properties")));
    }

    static Set<String> declared(String overlay) {
        Set<String> names = new TreeSet<>();
        for (KafkaTopic t : OverlaysTest.render(overlay).typed("KafkaTopic", KafkaTopic.class)) {
            String topicName = t.getSpec().getTopicName();
            names.add(
                    topicName != null && !topicName.isBlank()
                            ? topicName
                            : t.getMetadata().getName());
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicAnAppUsesIsAKafkaTopic(String overlay) {
        Set<String> declared = declared(overlay);
        List<String> missing = new ArrayList<>();
        for (String app : KAFKA_APPS) {
            KafkaUsage usage = usage(app);
            assertThat(usage.problems).as(app).isEmpty();
            assertThat(usage.uses).as(app + " uses Kafka").isNotEmpty();
            usage.uses.stream().filter(u -> !declared.contains(u.topic())).forEach(u -> missing.add(app + ": " + u));
        }
        KafkaUsage.contractTopics().stream()
                .filter(t -> !declared.contains(t))
                .forEach(t -> missing.add("events/Topics.java (outbox rows): " + t));
        assertThat(missing)
                .as("topics used in production (application.properties without %test/%dev/%local keys)"
                        + " that deploy/k8s/base/kafka/topics.yaml does not declare")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyKafkaTopicIsUsedBySomeApp(String overlay) {
        Set<String> used = new TreeSet<>(KafkaUsage.contractTopics());
        KAFKA_APPS.forEach(app -> used.addAll(usage(app).topics()));
        assertThat(declared(overlay)).as("KafkaTopics no app uses any more").isSubsetOf(used);
    }

    @Test
    void everyConsumerThatDeadLettersHasItsOwnDeadLetterTopic() {
        List<String> dlqs = new ArrayList<>();
        KAFKA_APPS.forEach(app -> usage(app).uses.stream()
                .filter(u -> u.how().equals("dead-letter-queue"))
                .forEach(u -> dlqs.add(u.topic())));
        assertThat(dlqs).as("dead-letter topics of the apps").isNotEmpty().doesNotHaveDuplicates();
    }

    /** The parser itself: prod values only, SmallRye's defaults for a missing topic and dead-letter topic. */
    @Test
    void readsProdTopicsAndDefaultsLikeSmallRye() {
        KafkaUsage u = new KafkaUsage("""
                mp.messaging.incoming.a.connector=smallrye-kafka
                mp.messaging.incoming.a.topic=t-a
                mp.messaging.incoming.a.failure-strategy=dead-letter-queue
                mp.messaging.incoming.a.dead-letter-queue.topic=t-a-dlq
                %test.mp.messaging.incoming.a.topic=t-a-test
                %dev.mp.messaging.incoming.a.dead-letter-queue.topic=t-a-dev-dlq
                mp.messaging.incoming.b.connector=smallrye-kafka
                mp.messaging.incoming.b.failure-strategy=dead-letter-queue
                mp.messaging.outgoing.c.connector=smallrye-kafka
                mp.messaging.outgoing.c.topic=${C_TOPIC:t-c}
                %prod.mp.messaging.outgoing.c.topic=t-c-prod
                mp.messaging.incoming.d.connector=smallrye-kafka
                mp.messaging.incoming.d.topics=t-d1, t-d2
                mp.messaging.incoming.e.connector=smallrye-in-memory
                mp.messaging.incoming.e.topic=not-kafka
                %test.mp.messaging.incoming.f.connector=smallrye-kafka
                %test.mp.messaging.incoming.f.topic=test-only
                """);
        assertThat(u.problems).isEmpty();
        assertThat(u.topics())
                .containsExactlyInAnyOrder("t-a", "t-a-dlq", "b", "dead-letter-topic-b", "t-c-prod", "t-d1", "t-d2");
    }
}
