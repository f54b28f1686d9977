package lategate.cli;

import java.util.List;

/**
 * The schools one report command reads: one from a kiosk's database, one from the hub
 * (--school ID), or every school of the trust on the hub (--all, where CSV rows start with the
 * school's id). Closing it closes the database or the hub connection.
 */
final class ReportScope implements AutoCloseable {

    final List<SchoolReport> schools;
    /** --all: the report covers the trust, and each CSV row starts with school_id. */
    final boolean trustWide;
    private final AutoCloseable resource;

    ReportScope(List<SchoolReport> schools, boolean trustWide, AutoCloseable resource) {
        this.schools = List.copyOf(schools);
        this.trustWide = trustWide;
        this.resource = resource;
    }

    /** The one school of a report that is not --all. */
    SchoolReport only() {
        if (schools.size() != 1) {
            throw new IllegalStateException("a report on one school was given " + schools.size());
        }
        return schools.get(0);
    }

    @Override
    public void close() throws Exception {
        resource.close();
    }
}
