package no.samspill.platform;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A Pageable for offset and limit as lazy grids ask for them: Spring's PageRequest only knows whole pages,
 * and a grid's offset is not always a multiple of its page size.
 */
public record OffsetLimit(long offset, int limit, Sort sort) implements Pageable {

    public OffsetLimit {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
    }

    public static OffsetLimit of(long offset, int limit, Sort sort) {
        return new OffsetLimit(offset, limit, sort);
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetLimit(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetLimit(Math.max(0, offset - limit), limit, sort);
    }

    @Override
    public Pageable first() {
        return new OffsetLimit(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetLimit((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
