package io.ohmvision.cameras.control;

/**
 * A page of a list sorted by a column some rows have no value in, read as two queries: the rows with a value in the
 * column's order, then the rows without. Putting the latter last with one query needs NULLS LAST or a CASE, which
 * H2 and PostgreSQL do not order the same way or which EclipseLink would bind as untyped parameters.
 *
 * @param knownFirst   offset among the rows with a value
 * @param knownMax     how many of them the page takes (0: none)
 * @param unknownFirst offset among the rows without
 * @param unknownMax   how many of those the page takes (0: none)
 */
record PageSplit(int knownFirst, int knownMax, int unknownFirst, int unknownMax) {

    /** The page [first, first + max) of a list whose first {@code known} rows have a value. */
    static PageSplit of(int first, int max, long known) {
        int fromKnown = (int) Math.max(0, Math.min(max, known - first));
        return new PageSplit(first, fromKnown, (int) Math.max(0, first - known), max - fromKnown);
    }
}
