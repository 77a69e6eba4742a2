package io.talentflow.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestWordSplitter
{
    @Test
    void split_abbreviationsAndOtherLanguages_takeTheirCanonicalForm()
    {
        Words w = WordSplitter.split("Dept. of Comput. Sci., Universität Stuttgart & Inst. of Technol.");

        assertThat(w.canonical()).containsExactly("department", "comput", "science", "university", "stuttgart", "institute", "technology");
        assertThat(w.has(1, Words.DOTTED)).isTrue();
        assertThat(w.has(4, Words.DOTTED)).isFalse();
        assertThat(w.segment()).containsExactly(0, 0, 0, 1, 1, 1, 1);
    }

    @Test
    void split_initials_joinWithOrWithoutFullStops()
    {
        assertThat(WordSplitter.split("C.N.R.S., S N Bose Centre").canonical()).containsExactly("cnrs", "sn", "bose", "center");
        assertThat(WordSplitter.split("C.N.R.S.").has(0, Words.UPPER)).isTrue();
    }

    @Test
    void split_elidedArticle_separatesTheNextWord()
    {
        assertThat(WordSplitter.split("Dipartimento di Fisica dell'Università di Bari, King's College").canonical())
                .containsExactly("department", "physics", "university", "bari", "king", "college");
    }

    @Test
    void split_emailAddress_keepsTheDomainOnly()
    {
        Words w = WordSplitter.split("Stanford University, j.smith@cs.stanford.edu.");

        assertThat(w.canonical()).containsExactly("stanford", "university");
        assertThat(w.domains()).containsExactly("cs.stanford.edu");
    }

    @Test
    void split_cjk_eachCharacterIsAWord()
    {
        Words w = WordSplitter.split("清华大学 计算机系");

        assertThat(w.canonical()).containsExactly("清", "华", "大", "学", "计", "算", "机", "系");
        assertThat(w.has(0, Words.CJK)).isTrue();
    }

    @Test
    void split_brackets_markTheirWords()
    {
        Words w = WordSplitter.split("Chinese Academy of Sciences (CAS)");

        assertThat(w.canonical()).containsExactly("chinese", "academy", "science", "cas");
        assertThat(w.folded()[3]).isEqualTo("cas");
        assertThat(w.has(3, Words.BRACKETED)).isTrue();
        assertThat(w.has(3, Words.UPPER)).isTrue();
    }

    @Test
    void split_footnoteMarkGluedToAWord_isDropped()
    {
        assertThat(WordSplitter.split("The Chinese University of Hong Kong4, 5G Lab, L3Harris, CNRS UPR20").canonical())
                .containsExactly("chinese", "university", "hong", "kong", "5g", "laboratory", "l3harris", "cnrs", "upr20");
    }
}
