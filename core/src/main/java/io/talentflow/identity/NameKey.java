package io.talentflow.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Blocking keys for author names. The fine key is the full given names (hyphens and spaces removed,
 * so "Zhao-Xiang", "Zhaoxiang" and "Zhao Xiang" agree) followed by the family name; the coarse key
 * is the first initial followed by the family name. Both fold case and diacritics, drop punctuation
 * and accept "Family, Given" order. Names in a non-Latin script keep their own letters as the key.
 * Unusable names (empty, one letter, "et al.", too long, punctuation only) have no key.
 */
public final class NameKey
{
    private static final int MAX_LENGTH = 100;
    private static final int MAX_TOKENS = 6;
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Pattern ET_AL = Pattern.compile("\\bet\\.?\\s*al\\b");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String JOINERS = "-'\u2019\u2010\u2011";
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final String SINGLETON_PREFIX = "#";

    private NameKey()
    {
    }

    /** The fine key ("zhaoxiang zhang"), or "" when the name is unusable. */
    public static String fine(String name)
    {
        return fine(tokens(name));
    }

    /** The fine key of name tokens in given-then-family order. */
    static String fine(List<String> tokens)
    {
        if (tokens.size() < 2) {
            return String.join("", tokens);
        }
        return String.join("", tokens.subList(0, tokens.size() - 1)) + " " + tokens.get(tokens.size() - 1);
    }

    /** The coarse key ("z zhang"), or "" when the name is unusable. */
    public static String coarse(String name)
    {
        List<String> tokens = tokens(name);
        if (tokens.size() < 2) {
            return String.join("", tokens);
        }
        return tokens.get(0).substring(0, 1) + " " + tokens.get(tokens.size() - 1);
    }

    /**
     * The block of one authorship: its fine key, or, for an unusable name, a singleton key derived
     * from the authorship key so that unusable names never gather into one shared block.
     */
    public static String block(String name, String authorshipKey)
    {
        String key = fine(name);
        return key.isEmpty() ? SINGLETON_PREFIX + Hashes.hex12(authorshipKey) : key;
    }

    /** The parsed form of a usable Latin or script name, or null when the name is unusable. */
    static NameForm form(String name)
    {
        List<String> tokens = tokens(name);
        return tokens.isEmpty() ? null : NameForm.of(tokens);
    }

    /** Whether a block key is a singleton given to an unusable name. */
    public static boolean isSingleton(String blockKey)
    {
        return blockKey.startsWith(SINGLETON_PREFIX);
    }

    /** Lower case without diacritics; letters with no decomposition (ø, ł, ß, ...) spelled out. */
    public static String fold(String text)
    {
        if (ascii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        stripped.toLowerCase(Locale.ROOT).codePoints().forEach(c -> out.append(spell(c)));
        return out.toString();
    }

    private static String spell(int c)
    {
        return switch (c) {
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ı' -> "i";
            case 'þ' -> "th";
            default -> Character.toString(c);
        };
    }

    /** Name tokens in given-then-family order; empty when the name is unusable. */
    static List<String> tokens(String name)
    {
        if (name.length() > MAX_LENGTH) {
            return List.of();
        }
        // the patterns only run on the few names that can match them
        String folded = fold(name.indexOf('(') < 0 && name.indexOf('[') < 0 ? name : BRACKETED.matcher(name).replaceAll(" "));
        if (folded.contains("et") && ET_AL.matcher(folded).find()) {
            return List.of();
        }
        String ordered = givenFirst(folded);
        if (ordered == null) {
            return List.of();
        }
        return nonLatin(ordered) ? script(ordered) : latin(ordered);
    }

    /** Turns "family, given" into "given family"; null when the commas do not read as a name. */
    private static String givenFirst(String folded)
    {
        if (folded.indexOf(',') < 0) {
            return folded;
        }
        List<String> parts = new ArrayList<>(Arrays.asList(folded.split(",")));
        if (parts.size() > 1 && isSuffix(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
        }
        return switch (parts.size()) {
            case 1 -> parts.get(0);
            case 2 -> parts.get(1) + " " + parts.get(0);
            default -> null;
        };
    }

    private static boolean isSuffix(String part)
    {
        return SUFFIXES.contains(NON_LETTERS.matcher(part).replaceAll(""));
    }

    private static List<String> latin(String ordered)
    {
        List<String> tokens = split(ordered);
        if (tokens.size() > 1 && SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        int letters = 0;
        for (String token : tokens) {
            letters += token.length();
        }
        return letters < 2 || tokens.size() > MAX_TOKENS ? List.of() : tokens;
    }

    /** Letters make tokens; hyphens and apostrophes join syllables ("zhao-xiang", "o'brien"); all else separates. */
    private static List<String> split(String ordered)
    {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < ordered.length(); i++) {
            char c = ordered.charAt(i);
            if (c >= 'a' && c <= 'z') {
                token.append(c);
            }
            else if (JOINERS.indexOf(c) < 0 && !token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    private static boolean nonLatin(String text)
    {
        return !ascii(text) && text.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
    }

    // most names are plain ASCII; a loop answers for them faster than a stream (every name is parsed)
    private static boolean ascii(String text)
    {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Non-Latin names keep all their letters, without spaces, as one token ("王伟"). */
    private static List<String> script(String text)
    {
        StringBuilder letters = new StringBuilder();
        text.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return letters.codePointCount(0, letters.length()) < 2 ? List.of() : List.of(letters.toString());
    }
}
