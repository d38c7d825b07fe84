# Cardinal as a container: the jar built from this source, run on a JRE as an unprivileged user,
# everything it keeps under the /data volume. docs/deployment.md; compose.yaml runs it with
# PostgreSQL and an S3 server.
#
#   docker build -t cardinal .
#   docker run -p 8080:8080 -v cardinal-data:/data -e CARDINAL_BASE_URL=https://cards.example.com cardinal

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package && cp target/cardinal.jar /cardinal.jar

FROM eclipse-temurin:21-jre
# curl for the health check only
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
	&& groupadd --system --gid 10001 cardinal \
	&& useradd --system --uid 10001 --gid cardinal --home-dir /data --no-create-home cardinal \
	&& mkdir -p /data /app && chown cardinal:cardinal /data
COPY --from=build /cardinal.jar /app/cardinal.jar

# The embedded H2 database and disk media live here (with PostgreSQL and S3 only temporary files do).
ENV CARDINAL_DATA_DIR=/data
ENV PORT=8080
# The heap follows the container's memory limit.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /data
EXPOSE 8080
USER cardinal:cardinal
WORKDIR /data

# Ready means migrated, started and able to use its database and media store (docs/configuration.md).
# With management.server.port set, the probes move to that port: change the URL to match.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
	CMD curl -fsS -o /dev/null "http://localhost:${PORT}/actuator/health/readiness" || exit 1

ENTRYPOINT ["java", "-jar", "/app/cardinal.jar"]
