# Builds Tradeline and runs it on a JDK 25 runtime (virtual threads on, AOT cache built here).
# The build stage copies only what the Maven build reads; DockerfileBuildIT builds from exactly
# these COPY lines, so a file the build needs but the image lacks fails the test suite.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
COPY openapi.yaml ./
RUN ./mvnw -B -q package -Dmaven.test.skip=true \
 && cp target/tradeline-*.jar tradeline.jar \
 && java -Djarmode=tools -jar tradeline.jar extract --layers --destination extracted
# The service runs in Spring AOT mode (-Dspring.aot.enabled=true): the bean definitions and the
# repositories' query methods that the package step generated (process-aot), instead of working
# them out from annotations and query strings at every start. On top of that an AOT cache (JDK 25,
# JEP 483/514) recorded by starting the context once and exiting: classes come preloaded and
# linked. It is only valid for the same JDK and class path, so the training run uses the runtime's
# layout (/app, jar timestamps kept); if it does not match, the JVM says so and starts without it.
RUN mkdir /app && cp -a extracted/dependencies/. extracted/spring-boot-loader/. \
      extracted/snapshot-dependencies/. extracted/application/. /app/ \
 && cd /app && java -XX:AOTCacheOutput=tradeline.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar tradeline.jar \
      --spring.datasource.url=jdbc:h2:mem:training --logging.level.root=warn

FROM eclipse-temurin:25-jre
# The service runs unprivileged. It owns only its data directory (the embedded H2 default writes
# ./data); the code is root's and read-only to it, so `docker run --read-only` works too.
RUN useradd --system --uid 10001 --no-create-home tradeline \
 && mkdir -p /app/data && chown tradeline:tradeline /app/data
WORKDIR /app
# One layer per rate of change: dependencies rarely change, the application on every build.
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
COPY --from=build /app/tradeline.aot ./
VOLUME /app/data
USER tradeline
# Actuator (metrics, info, health groups) answers on its own port, bound to all interfaces in the
# container so a scraper on the same network reaches it; publish only 8080.
ENV MANAGEMENT_SERVER_ADDRESS=0.0.0.0
EXPOSE 8080 8081
# The JRE image has no curl or wget: bash's /dev/tcp sends one HTTP/1.0 request to readiness.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT:-8081} && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && read -r status <&3 && [[ $status == *" 200"* ]]'
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=tradeline.aot", "-Dspring.aot.enabled=true", "-jar", "tradeline.jar"]
