package io.talentflow.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TestNameKey
{
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ZHAO-XIANG ZHANG | Zhaoxiang Zhang",
            "Zhao-Xiang Zhang | Zhao Xiang Zhang",
            "Zhang, Zhaoxiang | Zhaoxiang Zhang",
            "José García | jose garcia",
            "'  Wei   Wang  ' | Wei Wang",
            "Wei Wang. | wei wang",
            "'Müller, Jürgen' | Jurgen Muller",
            "Søren Kierkegaard | Soren Kierkegaard",
            "'John Smith, Jr.' | John Smith",
            "Wei Wang (王伟) | Wei Wang",
            "Conor O'Brien | Conor OBrien",
            "王 伟 | 王伟"})
    void fine_equivalentForms_sameKey(String a, String b)
    {
        assertThat(NameKey.fine(a)).isNotEmpty().isEqualTo(NameKey.fine(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zhaoxiang Zhang | Zhaoyang Zhang",
            "Wei Wang | Wen Wang",
            "Wei Wang | Wei Wong"})
    void fine_differentGivenNames_differentKeys(String a, String b)
    {
        assertThat(NameKey.fine(a)).isNotEqualTo(NameKey.fine(b));
    }

    @Test
    void fine_hyphenatedChineseName_givenNamesJoinedThenFamily()
    {
        assertThat(NameKey.fine("Zhao-Xiang Zhang")).isEqualTo("zhaoxiang zhang");
    }

    @Test
    void coarse_sameInitialAndFamily_sameKey()
    {
        assertThat(NameKey.coarse("Zhaoxiang Zhang")).isEqualTo("z zhang").isEqualTo(NameKey.coarse("Zhang, Zhaoyang"));
    }

    @Test
    void block_chineseScript_keepsScriptAndIsShared()
    {
        assertThat(NameKey.block("王伟", "a#0#0")).isEqualTo("王伟").isEqualTo(NameKey.block("王伟", "b#0#0"));
    }

    static Stream<String> badNames()
    {
        return Stream.of("", " ", "J", "J.", "...", "-", "et al.", "A. Smith et al", "Zhang, Wei, Li, Na", "x".repeat(500),
                "王");
    }

    @ParameterizedTest
    @MethodSource("badNames")
    void fine_unusableName_empty(String name)
    {
        assertThat(NameKey.fine(name)).isEmpty();
        assertThat(NameKey.coarse(name)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("badNames")
    void block_unusableName_ownDeterministicSingleton(String name)
    {
        String first = NameKey.block(name, "file.json#3#0");
        assertThat(NameKey.isSingleton(first)).isTrue();
        assertThat(first).isEqualTo(NameKey.block(name, "file.json#3#0")).isNotEqualTo(NameKey.block(name, "file.json#3#1"));
    }

    @Test
    void block_usableName_notSingleton()
    {
        assertThat(NameKey.isSingleton(NameKey.block("Wei Wang", "file.json#3#0"))).isFalse();
    }
}
