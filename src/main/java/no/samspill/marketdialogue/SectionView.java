package no.samspill.marketdialogue;

import java.util.List;

public record SectionView(long id, long version, int number, String title, List<QuestionView> questions) {

    public SectionView {
        questions = List.copyOf(questions);
    }
}
