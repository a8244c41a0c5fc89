package id.kenda.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DurationsTest {
    @Test
    void parsesShortForms() {
        assertEquals(Duration.ofMinutes(5), Durations.parse("5m"));
        assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
        assertEquals(Duration.ofSeconds(30), Durations.parse("30"));
        assertEquals(Duration.ofHours(1), Durations.parse("1h"));
        assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
        assertEquals(Duration.ZERO, Durations.parse("0"));
    }

    @Test
    void rejectsJunk() {
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("5 minutes"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("-1s"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse(""));
    }

    @Test
    void formatsForMessages() {
        assertEquals("5m", Durations.format(Duration.ofMinutes(5)));
        assertEquals("1m30s", Durations.format(Duration.ofSeconds(90)));
        assertEquals("2h", Durations.format(Duration.ofHours(2)));
    }
}
