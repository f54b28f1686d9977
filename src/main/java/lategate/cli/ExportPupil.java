package lategate.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import lategate.app.access.PupilRecord;
import lategate.domain.school.School;
import lategate.files.SpreadsheetSafe;
import lategate.sync.SummaryPupilLines;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import lategate.wiring.BadInputException;
import lategate.wiring.SchoolServices;

@Command(name = "pupil", mixinStandardHelpOptions = true,
        description = {"Everything the school's database holds about one pupil, for a subject access request: "
                + "the roster record and characteristics, badge code and badge issues, arrivals with marks, minutes "
                + "late and explanations, reasons, repeat scans, unmarked scans of their badge, sign-outs and "
                + "returns, amendments, stage decisions, cut-offs, lunch passes, contacts, and the pupil's own part "
                + "of each daily summary. Nothing about other pupils, and no secret (badge key, PINs, hub password).",
                "Written to --out DIR (made if missing, refused if it holds anything): pupil.json with every kind, "
                        + "and one CSV per kind (pupil.csv, badge_issues.csv, arrivals.csv, reasons.csv, "
                        + "unmarked_scans.csv, movements.csv, amendments.csv, stage_decisions.csv, cutoffs.csv, "
                        + "lunch_passes.csv, contacts.csv, summary_lines.csv); columns are listed in the README. "
                        + "Files are readable by their owner only."},
        footer = {"", "Example:", "  lategate export pupil D0002 --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --out sar-D0002"})
final class ExportPupil implements Callable<Integer> {

    static final String FORMAT = "lategate-subject-access";
    static final int FORMAT_VERSION = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Parameters(index = "0", paramLabel = PupilArgument.LABEL, description = "The pupil's id, as on the roster "
            + "(pupil_id), or their name when only one pupil, leavers included, has it.")
    String pupil;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder to write to.")
    Path out;

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        PupilRecord record;
        String pupilId;
        try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
            pupilId = PupilArgument.anyone(services.pupils(), pupil).id();
            record = services.subjectAccess(new SummaryPupilLines()).of(pupilId)
                    .orElseThrow(() -> new BadInputException("no pupil with the id '" + pupilId + "' is in "
                            + school.db + " (leavers are kept until their retention ends): check the id"));
        }
        folder();
        writeJson(record, settings);
        for (PupilRecord.Kind kind : record.kinds()) {
            writeCsv(kind);
        }
        spec.commandLine().getOut().println("Wrote everything held about " + pupilId + " to " + out + ": pupil.json and "
                + record.kinds().size() + " CSV files (" + record.kinds().stream().mapToInt(k -> k.rows().size()).sum()
                + " rows).");
        return 0;
    }

    private void folder() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + " is a file, not a folder: name a new or empty folder");
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> inside = Files.list(out)) {
                if (inside.findAny().isPresent()) {
                    throw new BadInputException("--out " + out + " is not empty: name a new or empty folder, so no "
                            + "earlier export is overwritten or mixed in");
                }
            }
        } else {
            try {
                Files.createDirectory(out);
            } catch (IOException e) {
                throw new BadInputException("cannot make the folder --out " + out + ": " + e.getMessage());
            }
        }
    }

    /** A new file readable by its owner only: an export is personal data. */
    private Writer newFile(String name) throws IOException {
        Path file = out.resolve(name);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException("--out: " + file + " already exists");
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private void writeJson(PupilRecord record, School settings) throws IOException {
        try (Writer file = newFile("pupil.json");
             JsonGenerator json = new JsonFactory().createGenerator(file)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("format_version", FORMAT_VERSION);
            json.writeStringField("school_id", settings.id());
            json.writeStringField("pupil_id", record.pupilId());
            json.writeStringField("made_at", Main.clockOf(spec).instant().toString());
            for (PupilRecord.Kind kind : record.kinds()) {
                json.writeFieldName(kind.name());
                if (kind.name().equals("pupil")) {
                    object(json, kind, kind.rows().get(0));
                } else {
                    json.writeStartArray();
                    for (List<Object> row : kind.rows()) {
                        object(json, kind, row);
                    }
                    json.writeEndArray();
                }
            }
            json.writeEndObject();
        }
    }

    private static void object(JsonGenerator json, PupilRecord.Kind kind, List<Object> row) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < kind.columns().size(); i++) {
            String column = kind.columns().get(i);
            Object value = row.get(i);
            if (kind.name().equals("summary_lines") && column.equals("pupil")) {
                json.writeFieldName(column);
                json.writeRawValue((String) value); // the summary's own JSON for this pupil, as it was sent
            } else if (value == null) {
                json.writeNullField(column);
            } else if (value instanceof Long n) {
                json.writeNumberField(column, n);
            } else {
                json.writeStringField(column, value.toString());
            }
        }
        json.writeEndObject();
    }

    private void writeCsv(PupilRecord.Kind kind) throws IOException {
        try (Writer file = newFile(kind.name() + ".csv");
             CSVPrinter csv = new CSVPrinter(file, CSVFormat.RFC4180.builder()
                     .setHeader(kind.columns().toArray(String[]::new)).get())) {
            for (List<Object> row : kind.rows()) {
                csv.printRecord(row.stream().map(v -> v == null ? "" : v instanceof Long ? v.toString()
                        : SpreadsheetSafe.cell(v.toString())).toList());
            }
        }
    }
}
