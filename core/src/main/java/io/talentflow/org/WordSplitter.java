package io.talentflow.org;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Cuts a text into {@link Words}: letters and digits make words (folded to lower case without
 * diacritics; apostrophes join except after an elided article, hyphens separate), each Han, kana
 * or Hangul character is a word, runs of single letters join ("C.N.R.S." is "cnrs", "S N Bose" is
 * "sn bose"), e-mail domains are kept apart,
 * and commas, semicolons, brackets and slashes start a new part of the text. One instance per text.
 */
final class WordSplitter
{
    /** Affiliations are short; a longer input is cut so that junk cannot cost more than this. */
    static final int MAX_CHARS = 2048;
    private static final String BOUNDARIES = ",;()[]{}/|:<>\t\n\r\uff0c\uff1b\uff08\uff09\u3001\u3002";
    private static final java.util.Set<String> ELIDED = java.util.Set.of("l", "d", "dell", "dall", "nell", "all", "sull", "qu");
    private static final Map<Character, String> SPECIAL = Map.of(
            '\u00df', "ss", '\u0142', "l", '\u00f8', "o", '\u00e6', "ae", '\u0111', "d",
            '\u0131', "i", '\u0153', "oe", '\u00fe', "th", '\u00f0', "d");

    private final WordForms forms;
    private final String text;
    private final int end;
    private String[] canonical = new String[16];
    private String[] folded = new String[16];
    private int[] segments = new int[16];
    private byte[] flags = new byte[16];
    private int size;
    private List<String> domains = List.of();
    private final StringBuilder word = new StringBuilder();
    private final StringBuilder initials = new StringBuilder();
    private boolean wordUpper = true;
    private boolean initialsUpper = true;
    private boolean initialsDotted = true;
    private int segment;
    private boolean wordSinceBoundary;
    private int brackets;
    private int wordsAtSpace;

    private WordSplitter(WordForms forms, String text)
    {
        this.forms = forms;
        this.text = text;
        this.end = Math.min(text.length(), MAX_CHARS);
    }

    static Words split(String text)
    {
        return split(WordForms.standard(), text);
    }

    static Words split(WordForms forms, String text)
    {
        WordSplitter s = new WordSplitter(forms, text);
        int i = 0;
        while (i < s.end) {
            i = s.accept(i);
        }
        s.flush(false);
        s.endInitials();
        return s.build();
    }

    /** Reads the character at {@code i}; returns where to continue. */
    private int accept(int i)
    {
        char c = text.charAt(i);
        if (c < 0x80 && (Character.isLetterOrDigit(c))) {
            wordUpper &= !Character.isLowerCase(c);
            word.append(Character.toLowerCase(c));
        }
        else if (c == '\'' || c == '\u2019' || c == '\u02bc') {
            elide();
            return i + 1;
        }
        else if (c == '@') {
            return domain(i + 1);
        }
        else if (c >= 0x80 && Character.isLetterOrDigit(c)) {
            return letter(c, i);
        }
        else {
            separator(c, i);
        }
        return i + 1;
    }

    private int letter(char c, int i)
    {
        if (cjk(c)) {
            flush(false);
            endInitials();
            add(String.valueOf(c), Words.CJK);
            return i + 1;
        }
        wordUpper &= !Character.isLowerCase(c);
        char lower = Character.toLowerCase(c);
        String special = SPECIAL.get(lower);
        word.append(special != null ? special : Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD).substring(0, 1));
        return i + 1;
    }

    private void separator(char c, int i)
    {
        flush(c == '.');
        if (c == ' ') {
            wordsAtSpace = size;
        }
        boolean spacedDash = (c == '-' || c == '\u2013' || c == '\u2014') && i > 0 && text.charAt(i - 1) == ' ';
        if (BOUNDARIES.indexOf(c) >= 0 || spacedDash) {
            endInitials();
            brackets += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            brackets = Math.max(0, brackets);
            if (wordSinceBoundary) {
                segment++;
                wordSinceBoundary = false;
            }
            wordsAtSpace = size;
        }
    }

    /** Apostrophes join ("King's"), except after an elided article ("dell'Universita", "l'Ecole"). */
    private void elide()
    {
        if (ELIDED.contains(word.toString())) {
            flush(false);
        }
    }

    /** An e-mail address: the words of its local part go, its domain is kept. */
    private int domain(int from)
    {
        word.setLength(0);
        initials.setLength(0);
        size = Math.min(size, wordsAtSpace);
        int i = from;
        while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '-')) {
            i++;
        }
        int last = i;
        while (last > from && text.charAt(last - 1) == '.') {
            last--;
        }
        String d = text.substring(from, last).toLowerCase(java.util.Locale.ROOT);
        if (d.indexOf('.') > 0) {
            domains = domains.isEmpty() ? new ArrayList<>(1) : domains;
            domains.add(d);
        }
        wordUpper = true;
        return i;
    }

    /** Ends the word being read; single letters followed by a full stop gather into initials. */
    private void flush(boolean dotted)
    {
        if (word.length() == 0) {
            wordUpper = true;
            return;
        }
        String w = wordUpper ? word.toString() : withoutFootnoteMark(word);
        boolean upper = wordUpper && w.chars().anyMatch(Character::isLetter);
        word.setLength(0);
        wordUpper = true;
        if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
            initials.append(w);
            initialsUpper &= upper;
            initialsDotted &= dotted;
            return;
        }
        endInitials();
        byte f = (byte) ((dotted ? Words.DOTTED : 0) | (upper && w.length() >= 2 ? Words.UPPER : 0));
        add(w, f);
    }

    /**
     * The word, not in capitals, without a footnote mark glued to it: three letters or more, then one
     * or two digits ("Kong4", "University1"). Other mixes of letters and digits stay whole ("5G",
     * "L3Harris"), and so do codes in capitals ("UPR20", "UMR12": units of French research bodies).
     */
    private static String withoutFootnoteMark(StringBuilder w)
    {
        int letters = w.length();
        while (letters > 0 && Character.isDigit(w.charAt(letters - 1))) {
            letters--;
        }
        int digits = w.length() - letters;
        boolean mark = digits >= 1 && digits <= 2 && letters >= 3 && w.chars().limit(letters).allMatch(Character::isLetter);
        return mark ? w.substring(0, letters) : w.toString();
    }

    /** Ends a run of single letters: "C.N.R.S." and "S N" join ("cnrs", "sn"); a lone letter stays itself. */
    private void endInitials()
    {
        if (initials.length() == 0) {
            return;
        }
        String joined = initials.toString();
        byte f = (byte) ((initialsDotted ? Words.DOTTED : 0) | (initialsUpper && joined.length() >= 2 ? Words.UPPER : 0));
        initials.setLength(0);
        initialsUpper = true;
        initialsDotted = true;
        add(joined, f);
    }

    private void add(String w, byte f)
    {
        String form = (f & Words.CJK) != 0 ? w : forms.canonical(w);
        if (form == null) {
            return;
        }
        if (size == canonical.length) {
            canonical = Arrays.copyOf(canonical, size * 2);
            folded = Arrays.copyOf(folded, size * 2);
            segments = Arrays.copyOf(segments, size * 2);
            flags = Arrays.copyOf(flags, size * 2);
        }
        canonical[size] = form;
        folded[size] = w;
        segments[size] = segment;
        flags[size] = (byte) (f | (brackets > 0 ? Words.BRACKETED : 0));
        size++;
        wordSinceBoundary = true;
    }

    private Words build()
    {
        return new Words(Arrays.copyOf(canonical, size), Arrays.copyOf(folded, size), Arrays.copyOf(segments, size),
                Arrays.copyOf(flags, size), domains);
    }

    static boolean cjk(char c)
    {
        return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
                || (c >= 0xac00 && c <= 0xd7af);
    }
}
