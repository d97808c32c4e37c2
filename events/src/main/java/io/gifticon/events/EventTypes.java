package io.gifticon.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every event type of every topic: the contract's index (the AsyncAPI contract test walks it). */
public final class EventTypes {
    /** All types, topic by topic. */
    public static final List<EventType> ALL;

    static {
        List<EventType> all = new ArrayList<>();
        all.addAll(Arrays.asList(CouponEventType.values()));
        all.addAll(Arrays.asList(CatalogEventType.values()));
        all.addAll(Arrays.asList(SettlementEventType.values()));
        ALL = List.copyOf(all);
    }

    private EventTypes() {}

    /** The types published on {@code topic}. */
    public static List<EventType> of(String topic) {
        return ALL.stream().filter(t -> t.topic().equals(topic)).toList();
    }

    /** The type named {@code wireName} on {@code topic} (the same name may mean different facts on two topics). */
    public static Optional<EventType> find(String topic, String wireName) {
        return ALL.stream()
                .filter(t -> t.topic().equals(topic) && t.wireName().equals(wireName))
                .findFirst();
    }
}
