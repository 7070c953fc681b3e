package org.asskomm.platform.api.write;

import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.asskomm.platform.api.CurrentUser;

/**
 * A kind of record a module writes through the pipeline, declared once per module (a constant): its name in audit
 * entries and event topics ({@code org/asskomm/<module>/<name>/<ACTION>}), how to load it, whose it is, its version
 * and who may see it.
 *
 * @param module       the module id
 * @param name         the entity name, e.g. {@code Agreement}
 * @param loader       loads the record in the pipeline's transaction
 * @param municipality the municipality the record belongs to: the right to write is checked for it
 * @param version      the optimistic-locking version, or null when the record has none
 * @param readable     who may see the record; a writer who may not is told "not found" (404), not "forbidden",
 *                     so that others' records do not reveal their existence
 */
public record Entity<T>(String module, String name, Loader<T> loader, Function<? super T, String> municipality,
                        ToIntFunction<? super T> version, BiPredicate<CurrentUser, ? super T> readable) {

    public Entity {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(readable, "readable");
    }

    /** An entity without version, readable by those who may read its municipality's data. */
    public static <T> Entity<T> of(String module, String name, Loader<T> loader,
                                   Function<? super T, String> municipality) {
        return new Entity<>(module, name, loader, municipality, null,
                (user, record) -> user.mayRead(municipality.apply(record)));
    }

    /** The same entity with an optimistic-locking version: {@link Update#expectVersion} compares against it. */
    public Entity<T> versioned(ToIntFunction<? super T> versionOf) {
        return new Entity<>(module, name, loader, municipality, versionOf, readable);
    }

    /** The same entity with a wider or narrower visibility than the municipality's readers. */
    public Entity<T> readableWhen(BiPredicate<CurrentUser, ? super T> mayRead) {
        return new Entity<>(module, name, loader, municipality, version, mayRead);
    }
}
