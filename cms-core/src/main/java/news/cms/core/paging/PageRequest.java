package news.cms.core.paging;

import news.cms.core.error.InputChecks;

/** Which page of a list to show: pages count from 1; a page holds at most {@link #MAX_SIZE} items. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer page, Integer size, int defaultSize) {
        InputChecks checks = new InputChecks();
        int p = page == null ? 1 : page;
        int s = size == null ? defaultSize : size;
        checks.check(p >= 1, "page", "must be 1 or more");
        checks.check(s >= 1 && s <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        checks.throwIfAny();
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
