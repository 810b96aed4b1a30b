package io.github.svtoms.core.internal;

import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChecksTest {

    @Test
    void notNullReturnsTheValueOrNamesTheArgument() {
        Object value = new Object();
        assertSame(value, Checks.notNull(value, "value"));
        var e = assertThrows(InvalidValueException.class, () -> Checks.notNull(null, "contract value"));
        assertEquals("contract value must not be null", e.getMessage());
    }

    @Test
    void notBlankRejectsNullEmptyAndWhitespace() {
        assertEquals(" a ", Checks.notBlank(" a ", "name"));
        assertEquals("name must not be null", assertThrows(InvalidValueException.class,
                () -> Checks.notBlank(null, "name")).getMessage());
        assertEquals("name must not be blank", assertThrows(InvalidValueException.class,
                () -> Checks.notBlank("", "name")).getMessage());
        assertEquals("name must not be blank", assertThrows(InvalidValueException.class,
                () -> Checks.notBlank(" \t\n\u2003", "name")).getMessage());
    }

    @Test
    void everyTypedExceptionIsAnSvtomsException() {
        SvtomsException a = new InvalidValueException("x");
        SvtomsException b = new UnknownIdException("y");
        assertEquals("x", a.getMessage());
        assertEquals("y", b.getMessage());
        Throwable cause = new IllegalStateException();
        assertSame(cause, new InvalidValueException("z", cause).getCause());
    }
}
