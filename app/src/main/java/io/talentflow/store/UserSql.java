package io.talentflow.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * SQL a user types, over a store. The connection is read-only, with DuckDB's external access off
 * and its configuration locked, so a query reads the store and nothing else: no other file, no
 * ATTACH, no extension, no setting changed back. A statement {@code COPY ... TO 'file'} runs on a
 * connection of its own that may write that one file (and DuckDB's temporary sibling of it, used
 * when the file exists), and no other.
 */
public final class UserSql
{
    private UserSql() {}

    /** The rows of the last statement, empty when it returns none (COPY ... TO). */
    public static Optional<Table> run(Path store, String sql)
    {
        Optional<CopyTarget> copy = CopyTarget.of(sql);
        Path target = copy.map(found -> Path.of(found.file()).toAbsolutePath().normalize()).orElse(null);
        List<Path> writable = target == null ? List.of() : List.of(target, target.resolveSibling("tmp_" + target.getFileName()));
        // DuckDB matches allowed paths as written, so the statement names the target as it is allowed
        String statement = copy.map(found -> found.retarget(sql, target.toString())).orElse(sql);
        try (Connection connection = Store.openLocked(store, writable)) {
            return Table.run(connection, statement);
        }
        catch (StoreException e) {
            throw e.getMessage().contains("Permission Error") || e.getMessage().contains("configuration has been locked")
                    ? new StoreException(e.getMessage() + " (sql reads the store and nothing else; a single COPY ... TO 'file' may write that file.)", e)
                    : e;
        }
        catch (SQLException e) {
            throw new StoreException("Could not close the store " + store + ": " + e.getMessage(), e);
        }
    }
}
