package io.gifticon.deploy;

import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleClusterResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTransactionalIdResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Least-privilege check of one KafkaUser's ACLs against what its app really does: every topic it writes, reads and
 * every consumer group it joins is allowed, and nothing more (no topic it does not own written, no topic it does not
 * consume read, no other group, no wildcard or prefixed topic, no operation beyond Read/Write, no cluster or
 * transactional-id rights, no deny rules to reason about).
 */
final class KafkaAcls {

    /** One allow rule, flattened: resource type (topic, group, cluster, transactionalId), name, pattern, operation. */
    record Grant(String type, String name, String pattern, String operation) {
        @Override
        public String toString() {
            return operation + " on " + type + " " + name + ("prefix".equals(pattern) ? "*" : "");
        }
    }

    /**
     * What an app needs: topics it writes (outbox, dead letters), topics it reads, its consumer groups (a name ending
     * in {@code *} is a prefix: a group id with a random suffix) and its transactional ids.
     */
    record Needs(Set<String> write, Set<String> read, Set<String> groups, Set<String> transactionalIds) {}

    private KafkaAcls() {}

    static List<Grant> grants(KafkaUser user) {
        List<Grant> grants = new ArrayList<>();
        if (!(user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple)
                || simple.getAcls() == null) {
            return grants;
        }
        for (AclRule rule : simple.getAcls()) {
            String type;
            String name;
            String pattern = "literal";
            if (rule.getResource() instanceof AclRuleTopicResource t) {
                type = "topic";
                name = t.getName();
                pattern = t.getPatternType() == null
                        ? "literal"
                        : t.getPatternType().toValue();
            } else if (rule.getResource() instanceof AclRuleGroupResource g) {
                type = "group";
                name = g.getName();
                pattern = g.getPatternType() == null
                        ? "literal"
                        : g.getPatternType().toValue();
            } else if (rule.getResource() instanceof AclRuleTransactionalIdResource x) {
                type = "transactionalId";
                name = x.getName();
                pattern = x.getPatternType() == null
                        ? "literal"
                        : x.getPatternType().toValue();
            } else if (rule.getResource() instanceof AclRuleClusterResource) {
                type = "cluster";
                name = "kafka-cluster";
            } else {
                type = String.valueOf(rule.getResource());
                name = "?";
            }
            List<AclOperation> ops = new ArrayList<>();
            if (rule.getOperations() != null) {
                ops.addAll(rule.getOperations());
            }
            if (rule.getOperation() != null) {
                ops.add(rule.getOperation());
            }
            boolean deny = rule.getType() == AclRuleType.DENY;
            for (AclOperation op : ops) {
                grants.add(new Grant(type, name, pattern, (deny ? "Deny:" : "") + op.toValue()));
            }
        }
        return grants;
    }

    /**
     * The problems of {@code user}'s grants given what its app needs and who owns each topic (topic -> app).
     * Empty when the ACLs are exactly enough.
     */
    static List<String> problems(String user, List<Grant> grants, Needs needs, Map<String, String> owners) {
        List<String> problems = new ArrayList<>();
        Set<String> writable = new TreeSet<>();
        Set<String> readable = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> transactionalIds = new TreeSet<>();
        for (Grant g : grants) {
            if (g.operation().startsWith("Deny:")) {
                problems.add(user + ": deny rule " + g + " (allow exactly what is needed instead)");
                continue;
            }
            if (!Set.of("Read", "Write").contains(g.operation())) {
                problems.add(user + ": " + g + " (only Read and Write are ever needed; Describe is implied)");
                continue;
            }
            if (g.name().equals("*") || g.name().isEmpty()) {
                problems.add(user + ": " + g + " (wildcard resource)");
                continue;
            }
            switch (g.type()) {
                case "topic" -> {
                    if (!g.pattern().equals("literal")) {
                        problems.add(user + ": " + g + " (topics are named literally, a prefix reaches other topics)");
                    } else if (g.operation().equals("Write")) {
                        String owner = owners.get(g.name());
                        if (!user.equals(owner)) {
                            problems.add(user + " may write " + g.name() + ", which "
                                    + (owner == null ? "no app owns" : owner + " owns"));
                        } else if (!needs.write().contains(g.name())) {
                            problems.add(user + " may write " + g.name() + ", which it never writes");
                        }
                        writable.add(g.name());
                    } else {
                        if (!needs.read().contains(g.name())) {
                            problems.add(user + " may read " + g.name() + ", which it does not consume");
                        }
                        readable.add(g.name());
                    }
                }
                case "group" -> {
                    String key = g.pattern().equals("prefix") ? g.name() + "*" : g.name();
                    if (!g.operation().equals("Read")) {
                        problems.add(user + ": " + g + " (a consumer group needs Read only)");
                    } else if (!needs.groups().contains(key)) {
                        problems.add(
                                user + " may join group " + key + ", which is not one of its groups " + needs.groups());
                    }
                    groups.add(key);
                }
                case "transactionalId" -> {
                    if (!needs.transactionalIds().contains(g.name())) {
                        problems.add(user + ": " + g + " (the app uses no such transactional id)");
                    }
                    transactionalIds.add(g.name());
                }
                default -> problems.add(user + ": " + g + " (no app needs rights on the " + g.type() + ")");
            }
        }
        for (String t : needs.write()) {
            if (!writable.contains(t)) {
                problems.add(user + " cannot write " + t + ", which it produces");
            }
            if (!user.equals(owners.get(t))) {
                problems.add(user + " produces " + t + ", which " + owners.get(t) + " owns");
            }
        }
        needs.read().stream()
                .filter(t -> !readable.contains(t))
                .forEach(t -> problems.add(user + " cannot read " + t + ", which it consumes"));
        needs.groups().stream()
                .filter(g -> !groups.contains(g))
                .forEach(g -> problems.add(user + " cannot join its consumer group " + g));
        needs.transactionalIds().stream()
                .filter(x -> !transactionalIds.contains(x))
                .forEach(x -> problems.add(user + " cannot use its transactional id " + x));
        return problems;
    }
}
