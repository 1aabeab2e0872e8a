package no.samspill.marketdialogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Questions by suppliers. Cells hold submitted answers only: a draft is the supplier's work in progress and the
 * buyer sees its status, not its content.
 */
public record ResponseMatrix(List<SectionView> sections, List<ResponseColumn> columns,
        Map<CellKey, AnswerValue> cells) {

    public record CellKey(long questionId, long participantId) {
    }

    public ResponseMatrix {
        sections = List.copyOf(sections);
        columns = List.copyOf(columns);
        cells = Map.copyOf(cells);
    }

    public Optional<AnswerValue> cell(long questionId, long participantId) {
        return Optional.ofNullable(cells.get(new CellKey(questionId, participantId)));
    }
}
