package io.talentflow.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TestTextCleaner
{
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ann Lee|Ann Lee",
            "  Ann   Lee |Ann Lee",
            "Ann\tLee\u00A0Jr|Ann Lee Jr",
            "R&amp;D Lab|R&D Lab",
            "O&#39;Brien|O'Brien",
            "Andr&#x00e9;|André",
            "Ren&eacute; &Uuml;ber|René Über",
            "EDF R&D|EDF R&D",
            "Universit\\u00e9|Université",
            "Jo\\~{a}o|João",
            "Jos\\'{e}|José",
            "Cl\\'emen\\c{c}on|Clémençon",
            "Clémen\\con|Clémencon",
            "Jakub \\Lącki|Jakub Łącki",
            "KU Eichst\\\"att|KU Eichstätt",
            "CEA\\LIST|CEA LIST",
            "Linh KU+000E4stner|Linh Kästner",
            "Megvii (Face++)|Megvii (Face++)",
            "Universit u00e9 de Montru00e9al|Université de Montréal",
            "D u00e9partement d u2019informatique|Département d’informatique",
            "CNRS / Universitu00e9 du2019Auvergne|CNRS / Université d’Auvergne",
            "Paris u2013 Saclay|Paris – Saclay",
            "Subaddress u1234 unit 2000|Subaddress u1234 unit 2000",
            "Universit ´e de Montr ´eal|Université de Montréal",
            "Universit´e de Montr´eal|Université de Montréal",
            "ETH Z ¨urich, Switzerland|ETH Zürich, Switzerland",
            "´Ecole Polytechnique F ´ed´erale de Lausanne|École Polytechnique Fédérale de Lausanne",
            "Institut de Rob `otica i Inform `atica|Institut de Robòtica i Informàtica",
            "D´epartement d´Informatique|Département d´Informatique",
            "Auvergne-RhÃ´ne-Alpes|Auvergne-Rhône-Alpes",
            "MÃ¼nchen|München"})
    void clean_messyText_givesReadableText(String raw, String expected)
    {
        assertThat(TextCleaner.clean(raw)).isEqualTo(expected);
    }
}
