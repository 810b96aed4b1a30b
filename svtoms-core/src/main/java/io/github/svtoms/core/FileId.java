package io.github.svtoms.core;

import java.util.Locale;

/**
 * An enum constant with a stable id in svtoms files, e.g. {@code BuyerType.LOCAL_AUTHORITY} ↔
 * {@code "local-authority"}. The id is the constant's name in lowercase with {@code _} written as
 * {@code -} unless the enum overrides {@link #id()} (as {@code EvidenceGrade} does for {@code V2});
 * {@link FileIds#parse(Class, String, String)} reads it back, so each mapping is written once.
 *
 * <p>Implemented by enums only; their constants are immutable and thread-safe.
 */
public interface FileId {
    /**
     * The constant's name in the Java source; enums implement it with {@link Enum#name()}.
     *
     * @return the name, e.g. {@code LOCAL_AUTHORITY}
     */
    String name();

    /**
     * The id used in files: by default the {@linkplain #name() name} in lowercase with {@code _} written as
     * {@code -} ({@code LOCAL_AUTHORITY} → {@code local-authority}). It is part of a file format, so it never
     * changes for an existing constant.
     *
     * @return the id
     */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
