package io.gifticon.providers.pbt;

/**
 * The {@code auth} object of every request (pbt-pos-integration.txt §3.1.2).
 *
 * @param applicationKey APP_KEY registered at PBT
 * @param passwd         the terminal's password (masked in {@link #toString()})
 * @param accessType     the terminal id
 */
public record PbtAuth(String applicationKey, String passwd, String accessType) {

    void validate(java.util.List<String> problems) {
        if (applicationKey == null || applicationKey.isBlank()) {
            problems.add("auth.applicationKey is required");
        }
        if (passwd == null || passwd.isBlank()) {
            problems.add("auth.passwd is required");
        }
        if (accessType == null || accessType.isBlank()) {
            problems.add("auth.accessType is required");
        }
    }

    @Override
    public String toString() {
        return "PbtAuth[applicationKey=" + applicationKey + ", passwd=****, accessType=" + accessType + "]";
    }
}
