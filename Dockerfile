# syntax=docker/dockerfile:1
#
# spark-control as one compiled binary on a slim glibc image.
#
#   docker build -t spark-control .                      # this machine's arch
#   docker buildx build --platform linux/arm64 -t spark-control .
#
# The StartOS package builds this same file for x86_64 and aarch64
# (startos/manifest: dockerBuild, workdir ..). `deno compile` downloads the
# Deno runtime for the target, so this build stage needs network access.

# Build on the builder's own arch and cross-compile for the target: faster
# than emulating the target, and deno compile --target supports it.
FROM --platform=$BUILDPLATFORM node:22-bookworm-slim AS build
ARG TARGETARCH
# Deno comes from npm, pinned like everywhere else in the project.
RUN npm install --global deno@2.9.6
WORKDIR /src
# npm dependencies exactly as deno.lock pins them (cached while the lock
# is unchanged), then the sources and the browser bundle.
COPY deno.json deno.lock ./
RUN deno install --frozen
COPY . .
RUN deno task build
RUN case "$TARGETARCH" in \
      amd64) target=x86_64-unknown-linux-gnu ;; \
      arm64) target=aarch64-unknown-linux-gnu ;; \
      *) echo "unsupported TARGETARCH '$TARGETARCH' (use amd64 or arm64)" >&2; exit 1 ;; \
    esac \
 && deno compile -A --include static --target "$target" -o /out/spark-control main.ts

FROM debian:bookworm-slim
# SSH is done in-process (ssh2), so no openssh-client; CA certificates only
# for any HTTPS an owner points a service at.
RUN apt-get update \
 && apt-get install --yes --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/spark-control /usr/local/bin/spark-control
ENV SPARK_CONTROL_DATA=/data
VOLUME /data
EXPOSE 9999
ENTRYPOINT ["/usr/local/bin/spark-control"]
CMD ["--data", "/data", "--port", "9999", "--host", "0.0.0.0"]
