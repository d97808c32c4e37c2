package io.gifticon.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each entry of {@link Pending} is still pending; once its work has landed this fails: remove the entry. */
class PendingTest {

    @Test
    void appsListedWithoutAManagementInterfaceStillHaveNone() {
        for (String app : Pending.MANAGEMENT_INTERFACE) {
            assertThat(new AppConfig(app).managementInterface())
                    .as(app + " has its management interface now:"
                            + " remove it from Pending.MANAGEMENT_INTERFACE so that every check applies to it")
                    .isFalse();
        }
    }
}
