package se.samtalsledaren.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Role;

class ParticipantLinesTest {
    @Test
    void readsNameRoleAndOrganisationInSwedishOrEnglishWithOrWithoutDiacritics() {
        ParticipantLines.Result r = ParticipantLines.parse("""
                Namn, Roll
                Karin Lindqvist, förtroendevald, S
                Per Håkansson; Tjansteperson
                Lena Strand\ttjänsteman\tSocialförvaltningen

                Sam Smith, official
                Mikael Öberg
                Nora Ali, övrig
                """);
        assertThat(r.issues()).isEmpty();
        assertThat(r.lines()).containsExactly(
                new ParticipantLines.Line(2, "Karin Lindqvist", Optional.of(Role.FORTROENDEVALD), "S"),
                new ParticipantLines.Line(3, "Per Håkansson", Optional.of(Role.TJANSTEPERSON), ""),
                new ParticipantLines.Line(4, "Lena Strand", Optional.of(Role.TJANSTEPERSON), "Socialförvaltningen"),
                new ParticipantLines.Line(6, "Sam Smith", Optional.of(Role.TJANSTEPERSON), ""),
                new ParticipantLines.Line(7, "Mikael Öberg", Optional.empty(), ""),
                new ParticipantLines.Line(8, "Nora Ali", Optional.of(Role.ANNAN), ""));
    }

    @Test
    void keepsANameWithAnUnknownRoleAndReportsLinesWithoutAName() {
        ParticipantLines.Result r = ParticipantLines.parse("Cia Dahl, konsult\n, annan\n   \nBo Ek, politiker");
        assertThat(r.lines()).extracting(ParticipantLines.Line::name).containsExactly("Cia Dahl", "Bo Ek");
        assertThat(r.lines().get(0).role()).isEmpty();
        assertThat(r.issues()).containsExactly(
                new ParticipantLines.Issue(1, ParticipantLines.Problem.UNKNOWN_ROLE, "konsult"),
                new ParticipantLines.Issue(2, ParticipantLines.Problem.NO_NAME, ", annan"));
    }

    @Test
    void blankTextHasNobody() {
        assertThat(ParticipantLines.parse("  \n\t\n").lines()).isEmpty();
        assertThat(ParticipantLines.parse("  \n\t\n").issues()).isEmpty();
        assertThat(ParticipantLines.parse(null).lines()).isEmpty();
    }
}
