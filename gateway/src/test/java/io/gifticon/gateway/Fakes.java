package io.gifticon.gateway;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Interface implementations for unit tests: configuration mappings answered from a map of method names. */
public final class Fakes {
    private Fakes() {}

    /** Each method answers {@code answers.get(name)}; unset Optional/Map/List methods answer empty. */
    public static <T> T config(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (answers.containsKey(method.getName())) {
                return answers.get(method.getName());
            }
            Class<?> returns = method.getReturnType();
            if (returns == Optional.class) {
                return Optional.empty();
            }
            if (returns == Map.class) {
                return Map.of();
            }
            if (returns == List.class) {
                return List.of();
            }
            if (method.getName().equals("toString")) {
                return type.getSimpleName();
            }
            throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
        }));
    }

    /** Any interface, every call handled by {@code handler} (method name, arguments). */
    public static <T> T of(Class<T> type, java.util.function.BiFunction<String, Object[], Object> handler) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> handler.apply(method.getName(), args == null ? new Object[0] : args)));
    }
}
