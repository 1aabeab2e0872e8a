package no.samspill.referencegroup;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void changed_words_are_marked_and_each_side_can_be_read_back() {
        String before = "Pumpen skal veie under 100 gram med batteri.";
        String after = "Pumpen skal veie under 80 gram med batteri og slange.";
        List<DiffSegment> diff = WordDiff.of(before, after);
        assertThat(diff).contains(new DiffSegment(DiffSegment.Kind.REMOVED, "100"),
                new DiffSegment(DiffSegment.Kind.ADDED, "80"));
        assertThat(diff).filteredOn(d -> d.kind() == DiffSegment.Kind.ADDED).extracting(DiffSegment::text)
                .anySatisfy(t -> assertThat(t).contains("og slange"));
        assertThat(side(diff, DiffSegment.Kind.ADDED)).isEqualTo(before);
        assertThat(side(diff, DiffSegment.Kind.REMOVED)).isEqualTo(after);
    }

    @Test
    void equal_texts_give_one_unchanged_run() {
        assertThat(WordDiff.of("a b c", "a b c")).containsExactly(new DiffSegment(DiffSegment.Kind.SAME, "a b c"));
        assertThat(WordDiff.of("", "ny")).containsExactly(new DiffSegment(DiffSegment.Kind.ADDED, "ny"));
    }

    /** The text of one side: everything except what the other side has alone. */
    private static String side(List<DiffSegment> diff, DiffSegment.Kind without) {
        return diff.stream().filter(d -> d.kind() != without).map(DiffSegment::text).collect(Collectors.joining());
    }
}
