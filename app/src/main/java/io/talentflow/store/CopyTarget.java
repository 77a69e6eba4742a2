package io.talentflow.store;

import java.util.Optional;

/**
 * Where a {@code COPY source TO 'file' ...} statement names its file: the only file the export path
 * of {@link UserSql} lets DuckDB write. Reads the statement as DuckDB would (comments, quoted
 * strings and identifiers, parentheses) only as far as the target literal.
 *
 * @param file the file as written, quotes undone
 * @param start where the literal starts (its opening quote)
 * @param end just after its closing quote
 */
record CopyTarget(String file, int start, int end)
{
    /** The target of {@code sql} when it begins with a COPY ... TO 'file' statement. */
    static Optional<CopyTarget> of(String sql)
    {
        Scanner scanner = new Scanner(sql);
        if (!scanner.keyword("copy")) {
            return Optional.empty();
        }
        if (!scanner.skipSource() || !scanner.keyword("to")) {
            return Optional.empty();
        }
        return scanner.literal();
    }

    /** The statement with its target replaced by {@code file}. */
    String retarget(String sql, String file)
    {
        return sql.substring(0, start) + "'" + file.replace("'", "''") + "'" + sql.substring(end);
    }

    private static final class Scanner
    {
        private final String sql;
        private int at;

        Scanner(String sql)
        {
            this.sql = sql;
        }

        boolean keyword(String word)
        {
            skipSpace();
            int end = at + word.length();
            if (end > sql.length() || !sql.regionMatches(true, at, word, 0, word.length())
                    || (end < sql.length() && Character.isLetterOrDigit(sql.charAt(end)))) {
                return false;
            }
            at = end;
            return true;
        }

        /** Skips the copied table (a name, perhaps qualified or quoted) or query (in parentheses). */
        boolean skipSource()
        {
            skipSpace();
            if (at < sql.length() && sql.charAt(at) == '(') {
                return skipParentheses();
            }
            int start = at;
            while (at < sql.length() && (Character.isLetterOrDigit(sql.charAt(at)) || sql.charAt(at) == '_' || sql.charAt(at) == '.'
                    || sql.charAt(at) == '"')) {
                at = sql.charAt(at) == '"' ? quotedEnd(at) : at + 1;
            }
            return at > start;
        }

        private boolean skipParentheses()
        {
            int depth = 0;
            while (at < sql.length()) {
                char c = sql.charAt(at);
                if (c == '\'' || c == '"') {
                    at = quotedEnd(at);
                    continue;
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                at++;
                if (depth == 0) {
                    return true;
                }
            }
            return false;
        }

        Optional<CopyTarget> literal()
        {
            skipSpace();
            if (at >= sql.length() || sql.charAt(at) != '\'') {
                return Optional.empty();
            }
            int start = at;
            int end = quotedEnd(at);
            if (end > sql.length() || sql.charAt(end - 1) != '\'' || end - start < 2) {
                return Optional.empty();
            }
            return Optional.of(new CopyTarget(sql.substring(start + 1, end - 1).replace("''", "'"), start, end));
        }

        /** Just after the quote that closes the one at {@code from} (a doubled quote is part of the text). */
        private int quotedEnd(int from)
        {
            char quote = sql.charAt(from);
            int i = from + 1;
            while (i < sql.length()) {
                if (sql.charAt(i) == quote) {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                i++;
            }
            return sql.length() + 1;
        }

        private void skipSpace()
        {
            while (at < sql.length()) {
                if (Character.isWhitespace(sql.charAt(at))) {
                    at++;
                }
                else if (sql.startsWith("--", at)) {
                    int newline = sql.indexOf('\n', at);
                    at = newline < 0 ? sql.length() : newline + 1;
                }
                else if (sql.startsWith("/*", at)) {
                    int close = sql.indexOf("*/", at + 2);
                    at = close < 0 ? sql.length() : close + 2;
                }
                else {
                    return;
                }
            }
        }
    }
}
