package org.beatbridge.crime;

import org.beatbridge.SharedData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "beatbridge.crime.imports.max-upload-size=1MB")
@AutoConfigureTestRestTemplate
class CrimeImportApiTests {

	static final Path REAL_FILE = SharedData.file("crimes/chicagoCrimes10k_2015.csv");

	private static final String PASSWORD = "lantern orbit tamale gravel";

	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

	private static final AtomicInteger sequence = new AtomicInteger();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	String admin;

	@BeforeEach
	void signInAnAdministrator() {
		this.admin = token(account(Role.ADMIN));
	}

	@Test
	void importsAStreamedUploadInTheBackgroundAndReportsTheSummary(@TempDir Path folder) throws Exception {
		Path slice = folder.resolve("slice.csv");
		Files.write(slice, Files.readAllLines(REAL_FILE).subList(0, 501));
		this.jdbc.sql("DELETE FROM crime_incidents WHERE id IN (9955810, 9955861)").update();

		HttpResponse<String> started = send(upload(HttpRequest.BodyPublishers.ofFile(slice), this.admin));

		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String location = started.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches("/api/v1/crime/imports/[0-9a-f-]{36}");
		assertThat(started.body()).containsPattern("\"status\":\"(QUEUED|RUNNING|SUCCEEDED)\"")
			.contains("\"bytesReceived\":" + Files.size(slice));
		String done = pollUntilFinished(location);
		assertThat(done).contains("\"status\":\"SUCCEEDED\"")
			.contains("\"rowsRead\":500")
			.containsPattern("\"inserted\":[1-9]")
			.contains("\"rejected\":[]");
		assertThat(this.jdbc.sql("SELECT count(*) FROM crime_incidents WHERE id IN (9955810, 9955861)")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(Files.list(folder.getFileSystem().getPath("data", "imports")).count())
			.as("spooled uploads are deleted")
			.isZero();
	}

	@Test
	void reportsRejectedRowsWithTheirLineNumbers() throws Exception {
		String csv = PortalCsv.file()
			.vandalism(880001, java.time.LocalDateTime.of(2015, 3, 2, 10, 0), "0422")
			.line("880002,HY880002,not a date,081XX S COLES AVE,1320,CRIMINAL DAMAGE,TO VEHICLE,STREET,false,false,"
					+ "0422,004,7,46,14,1198273,1851626,2015,02/15/2015 12:43:39 PM,41.74,-87.54,\"(41.74, -87.54)\"")
			.toString();

		HttpResponse<String> started = send(upload(HttpRequest.BodyPublishers.ofString(csv), this.admin));

		assertThat(started.statusCode()).isEqualTo(202);
		String done = pollUntilFinished(started.headers().firstValue("Location").orElseThrow());
		assertThat(done).contains("\"status\":\"SUCCEEDED\"")
			.contains("\"rowsRead\":2")
			.contains("\"rejectedCount\":1")
			.contains("\"line\":3");
	}

	@Test
	void refusesAnEmptyBodyOrAFileThatIsNotAPortalExport() throws Exception {
		HttpResponse<String> empty = send(upload(HttpRequest.BodyPublishers.noBody(), this.admin));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(empty.body()).contains("empty-upload").contains("request body is empty");

		HttpResponse<String> json = send(upload(HttpRequest.BodyPublishers.ofString("{\"rows\": []}"), this.admin));
		assertThat(json.statusCode()).isEqualTo(400);
		assertThat(json.body()).contains("not-a-portal-export").contains("22-column header");

		HttpResponse<String> binary = send(upload(
				HttpRequest.BodyPublishers.ofByteArray(new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1 }), this.admin));
		assertThat(binary.statusCode()).isEqualTo(400);
		assertThat(binary.body()).contains("not-a-portal-export");
		assertThat(this.jdbc.sql("SELECT count(*) FROM crime_import_jobs WHERE bytes_received < 20")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesABodyOverTheConfiguredLimitWithADeclaredLengthOrStreamed() throws Exception {
		StringBuilder csv = new StringBuilder(PortalCsv.HEADER).append('\n');
		List<String> rows = Files.readAllLines(REAL_FILE);
		for (int i = 1; csv.length() < 1_500_000; i++) {
			csv.append(rows.get(i)).append('\n');
		}
		byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
		long jobsBefore = this.jdbc.sql("SELECT count(*) FROM crime_import_jobs").query(Long.class).single();

		HttpResponse<String> declared = send(upload(HttpRequest.BodyPublishers.ofByteArray(body), this.admin));
		HttpResponse<String> streamed = send(upload(
				HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)), this.admin));

		for (HttpResponse<String> response : List.of(declared, streamed)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("\"title\":\"Upload too large\"")
				.contains("1 MB")
				.contains("\"limitBytes\":1048576");
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM crime_import_jobs").query(Long.class).single())
			.isEqualTo(jobsBefore);
	}

	@Test
	void onlyAdministratorsMayImportOrPoll() throws Exception {
		String officer = token(account(Role.OFFICER));
		String body = PortalCsv.file().toString();

		assertThat(send(upload(HttpRequest.BodyPublishers.ofString(body), null)).statusCode()).isEqualTo(401);
		assertThat(send(upload(HttpRequest.BodyPublishers.ofString(body), officer)).statusCode()).isEqualTo(403);
		assertThat(send(get("/api/v1/crime/imports/" + java.util.UUID.randomUUID(), officer)).statusCode())
			.isEqualTo(403);
	}

	@Test
	void anUnknownOrMalformedJobIsAProblem() throws Exception {
		HttpResponse<String> unknown = send(get("/api/v1/crime/imports/" + java.util.UUID.randomUUID(), this.admin));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("import-job-not-found");

		HttpResponse<String> malformed = send(get("/api/v1/crime/imports/42", this.admin));
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("\"parameter\":\"id\"");
	}

	@Test
	void aJobWhoseNodeStoppedIsReportedAsInterrupted() throws Exception {
		java.util.UUID id = java.util.UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO crime_import_jobs (id, status, requested_by, bytes_received, heartbeat_at)
				VALUES (?, 'RUNNING', 'admin', 100, now() - interval '10 minutes')""").params(id).update();

		HttpResponse<String> job = send(get("/api/v1/crime/imports/" + id, this.admin));

		assertThat(job.statusCode()).isEqualTo(200);
		assertThat(job.body()).contains("\"status\":\"FAILED\"").contains("interrupted");
	}

	private String pollUntilFinished(String location) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			HttpResponse<String> job = send(get(location, this.admin));
			assertThat(job.statusCode()).as(job.body()).isEqualTo(200);
			if (job.body().contains("\"status\":\"SUCCEEDED\"") || job.body().contains("\"status\":\"FAILED\"")) {
				return job.body();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the import job did not finish within a minute");
	}

	private String account(Role role) {
		String username = "import-" + role.name().toLowerCase() + sequence.incrementAndGet();
		this.accounts.create(new NewAccount(username, null, "Import test", PASSWORD, Set.of(role),
				(role == Role.OFFICER) ? "4471" : null, (role == Role.OFFICER) ? 4 : null,
				(role == Role.OFFICER) ? List.of("0422") : List.of()));
		return username;
	}

	private String token(String username) {
		try {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")));
			Matcher matcher = TOKEN.matcher(response.body());
			assertThat(matcher.find()).as(response.body()).isTrue();
			return matcher.group(1);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder upload(HttpRequest.BodyPublisher body, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/crime/imports"))
			.header("Content-Type", "text/csv; charset=utf-8")
			.POST(body);
		return (bearer != null) ? request.header("Authorization", "Bearer " + bearer) : request;
	}

	private HttpRequest.Builder get(String path, String bearer) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer).GET();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
