package org.eventbase.server;

import java.util.List;

/**
 * One page of a listing. Example JSON: {@code {"items":[…],"offset":100,"limit":50,"has_more":true,
 * "next_offset":150}}; ask for the next page with {@code ?offset=150&limit=50}.
 *
 * @param nextOffset the offset of the next page, or null on the last page
 */
public record Page<T>(List<T> items, int offset, int limit, boolean hasMore, Integer nextOffset) {
    public Page {
        items = List.copyOf(items);
    }

    /** The page at {@code offset} of {@code rows}, which holds rows from {@code offset} on, one more than a page when more exist. */
    public static <T> Page<T> of(List<T> rows, int offset, int limit) {
        boolean more = rows.size() > limit;
        return new Page<>(more ? rows.subList(0, limit) : rows, offset, limit, more, more ? offset + limit : null);
    }

    /** The page at {@code offset} of every row. */
    public static <T> Page<T> slice(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return of(all.subList(from, Math.min(all.size(), from + limit + 1)), offset, limit);
    }
}
