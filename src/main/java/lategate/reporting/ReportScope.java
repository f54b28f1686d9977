package lategate.reporting;

import java.util.List;

/**
 * The schools one report command reads: one from a kiosk's database, one from the hub
 * (--school ID), or every school of the trust on the hub (--all, where CSV rows start with the
 * school's id). Closing it closes the database or the hub connection.
 */
public final class ReportScope implements AutoCloseable {

    public final List<SchoolReport> schools;
    /** --all: the report covers the trust, and each CSV row starts with school_id. */
    public final boolean trustWide;
    /** --all on the hub: the schools whose settings did not read, left out (and named on stderr). */
    public final List<String> leftOut;
    private final AutoCloseable resource;
    /** Runs a report once to learn what every school reads, then reads it for all of them at once (the hub). */
    private final java.util.function.Consumer<Runnable> planner;

    public ReportScope(List<SchoolReport> schools, boolean trustWide, AutoCloseable resource) {
        this(schools, trustWide, List.of(), resource, report -> { });
    }

    public ReportScope(List<SchoolReport> schools, boolean trustWide, List<String> leftOut, AutoCloseable resource,
                       java.util.function.Consumer<Runnable> planner) {
        this.schools = List.copyOf(schools);
        this.trustWide = trustWide;
        this.leftOut = List.copyOf(leftOut);
        this.resource = resource;
        this.planner = planner;
    }

    /**
     * Each school's answer to {@code report}, in the order of {@link #schools}. On the hub the schools' reads are
     * planned first and made together, a fixed number of statements whatever the number of schools
     * (docs/hub.md, "The trust's reports in SQL"); the answers are the same as each school's alone.
     */
    public <T> List<T> each(java.util.function.Function<SchoolReport, T> report) {
        planner.accept(() -> schools.forEach(report::apply));
        // A list beside the schools, not a map keyed by them: a school's report is a record whose hash
        // walks its whole settings.
        List<T> answers = new java.util.ArrayList<>(schools.size());
        for (SchoolReport school : schools) {
            answers.add(report.apply(school));
        }
        return answers;
    }

    /**
     * 0 when every school was reported; 1 when a school was left out, after every other school's
     * report is printed: a script running the trust's report must notice it is not the whole trust.
     */
    public int exitCode() {
        return leftOut.isEmpty() ? 0 : 1;
    }

    /** The one school of a report that is not --all. */
    public SchoolReport only() {
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
