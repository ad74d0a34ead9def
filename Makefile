# Builds the StartOS package (.s9pk) from the project's Dockerfile.
#
#   make x86       spark-control_x86_64.s9pk   (x86_64 StartOS servers)
#   make arm       spark-control_aarch64.s9pk  (aarch64 StartOS servers)
#   make           both
#   make install   sideloads the newest .s9pk to the server in ~/.startos/config.yaml
#   make check     npm ci, tsc, the SDK lint and the bundle (what CI runs, without packing)
#   make clean
#
# The work happens in startos/ with Start9's own s9pk.mk (copied verbatim
# from @start9labs/start-sdk; tests/startos_test.ts keeps it identical).
# Packing needs Start9's `start-cli` (https://docs.start9.com/packaging/)
# and a Docker engine with buildx for both arches: `start-cli s9pk pack`
# builds the image from ./Dockerfile. CI has neither, so CI proves
# everything up to that last step (deno task test → tests/startos_test.ts).

.PHONY: all x86 arm install clean check

all x86 arm install clean:
	$(MAKE) -C startos $@

check:
	cd startos && npm ci && npm run check && npm run lint && npm run build
