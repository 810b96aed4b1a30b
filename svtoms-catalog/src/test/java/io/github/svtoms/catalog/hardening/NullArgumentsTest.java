package io.github.svtoms.catalog.hardening;

import io.github.svtoms.core.SvtomsException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every public constructor and static method of svtoms-core, svtoms-proxies and svtoms-catalog (the public
 * classes {@link ImmutabilityTest#publicClasses()} finds), and every public instance method of the real
 * objects {@link ImmutabilityTest#roots()} builds, called with null for every reference parameter (and zero or
 * false for primitives): when a parameter is not {@code @Nullable}, the call must fail with a message that
 * names what was null — an {@link SvtomsException} from {@code Checks.notNull} ("… must not be null") or a
 * {@link NullPointerException} with its own message — never a bare {@code NullPointerException} from deeper
 * in (the JDK's "Cannot invoke …" message, or none). An exception's constructor may take a null message or cause,
 * as every {@link Throwable}'s does; the {@code internal} packages (not exported as API) are left out.
 */
class NullArgumentsTest {
    private static boolean nullable(Parameter p) {
        return p.isAnnotationPresent(javax.annotation.Nullable.class);
    }

    private static Object[] nulls(Executable e) {
        Class<?>[] types = e.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            if (t == boolean.class) {
                args[i] = false;
            } else if (t == char.class) {
                args[i] = 'a';
            } else if (t == byte.class) {
                args[i] = (byte) 0;
            } else if (t == short.class) {
                args[i] = (short) 0;
            } else if (t == int.class) {
                args[i] = 0;
            } else if (t == long.class) {
                args[i] = 0L;
            } else if (t == float.class) {
                args[i] = 0f;
            } else if (t == double.class) {
                args[i] = 0d;
            }
        }
        return args;
    }

    /** Whether e has a reference parameter that is not {@code @Nullable}, so that the call must fail. */
    private static boolean mustFail(Executable e) {
        for (Parameter p : e.getParameters()) {
            if (!p.getType().isPrimitive() && !nullable(p)) {
                return true;
            }
        }
        return false;
    }

    /** The problem with the call, or null when it behaved. */
    private static String check(Executable e, Object target) {
        Object[] args = nulls(e);
        Throwable thrown = null;
        try {
            if (e instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                ((Method) e).invoke(target, args);
            }
        } catch (InvocationTargetException x) {
            thrown = x.getCause();
        } catch (ReflectiveOperationException x) {
            return "cannot call: " + x;
        }
        if (thrown == null) {
            // an exception's message and cause may be null, as for every Throwable; anything else must refuse
            return e instanceof Constructor<?> && Throwable.class.isAssignableFrom(e.getDeclaringClass()) ? null
                    : "accepted null for a parameter that is not @Nullable";
        }
        if (thrown instanceof SvtomsException && thrown.getMessage() != null && thrown.getMessage().contains("null")) {
            return null;
        }
        if (thrown instanceof NullPointerException && thrown.getMessage() != null
                && !thrown.getMessage().startsWith("Cannot ")) {
            return null;
        }
        if (thrown instanceof SvtomsException || thrown instanceof IllegalArgumentException) {
            // another rule (e.g. a blank or range check) ran before the null check: still typed and named
            return thrown.getMessage() == null ? "untyped message: " + thrown : null;
        }
        return thrown.toString();
    }

    private static String name(Executable e) {
        return e.getDeclaringClass().getName() + "." + (e instanceof Constructor<?> ? "<init>" : e.getName()) + "("
                + String.join(", ", java.util.Arrays.stream(e.getParameterTypes()).map(Class::getSimpleName).toList()) + ")";
    }

    @Test
    void everyPublicConstructorAndStaticMethodNamesANullArgument() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> c : ImmutabilityTest.publicClasses()) {
            if (c.getPackageName().endsWith(".internal")) {
                continue; // not API: exported to the svtoms modules alone
            }
            List<Executable> calls = new ArrayList<>();
            if (!Modifier.isAbstract(c.getModifiers()) && !c.isEnum()) {
                calls.addAll(List.of(c.getConstructors()));
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !(c.isEnum() && (m.getName().equals("valueOf") || m.getName().equals("values")))) {
                    calls.add(m);
                }
            }
            for (Executable e : calls) {
                if (!mustFail(e)) {
                    continue;
                }
                checked++;
                String p = check(e, null);
                if (p != null) {
                    problems.add(name(e) + ": " + p);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 300, "checked only " + checked);
    }

    @Test
    void everyPublicInstanceMethodOfRealObjectsNamesANullArgument() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Object root : ImmutabilityTest.roots()) {
            for (Method m : root.getClass().getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class || m.getName().equals("equals")
                        || !m.getDeclaringClass().getName().startsWith("io.github.svtoms.") || !mustFail(m)) {
                    continue;
                }
                checked++;
                String p = check(m, root);
                if (p != null) {
                    problems.add(name(m) + " on " + root.getClass().getSimpleName() + ": " + p);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 30, "checked only " + checked);
    }
}
