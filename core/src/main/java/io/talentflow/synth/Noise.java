package io.talentflow.synth;

import java.util.List;
import java.util.SplittableRandom;

/** How an affiliation is printed: the usual form, another form, a typo, only an e-mail domain, or nothing. */
final class Noise
{
    static final double MISSING = 0.05;
    static final double EMAIL_ONLY = 0.03;
    static final double TYPO = 0.03;

    private final SplittableRandom random;

    Noise(SplittableRandom random)
    {
        this.random = random;
    }

    /** The printed affiliations of one authorship at {@code home}: none when missing or e-mail only. */
    List<Paper.Written> affiliation(Institution home)
    {
        double x = random.nextDouble();
        if (x < MISSING + EMAIL_ONLY) {
            return List.of();
        }
        Paper.Written written = form(home);
        return random.nextDouble() < TYPO ? List.of(new Paper.Written(home, typo(written.text()), written.bare())) : List.of(written);
    }

    /** The e-mail domain when affiliations print one: with any printed affiliation, or alone (e-mail only). */
    String domain(Institution home, List<Paper.Written> written)
    {
        return written.isEmpty() && random.nextDouble() < MISSING / (MISSING + EMAIL_ONLY) ? "" : home.domain();
    }

    Paper.Written form(Institution institution)
    {
        List<String> forms = institution.forms();
        int k = forms.size() == 1 || random.nextDouble() < 0.6 ? 0 : 1 + random.nextInt(forms.size() - 1);
        return new Paper.Written(institution, forms.get(k), institution.bare().get(k));
    }

    /** One letter dropped, doubled or swapped with the next, inside the text. */
    private String typo(String text)
    {
        if (text.length() < 6) {
            return text;
        }
        int at = 1 + random.nextInt(text.length() - 3);
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at + 1) + text.substring(at);
            default -> text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
        };
    }
}
