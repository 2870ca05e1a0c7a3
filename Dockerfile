# The image that the Kubernetes Indexed Job written by `corridorsim plan` runs: k8s-job.yaml calls
# /opt/corridorsim/corridorsim (change it with `plan --exe`). Build it from the repository root and tag it
# with the version the plan records (the job's image is corridorsim:<version>):
#   docker build -t corridorsim:0.1.0 .
# CI does not build images; see the README's "Beyond one machine".
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/CorridorSim.Cli -c Release -o /opt/corridorsim

FROM mcr.microsoft.com/dotnet/runtime:10.0
COPY --from=build /opt/corridorsim /opt/corridorsim
# The .NET images' unprivileged user; the plan volume must be writable by it (uid 1654).
USER app
ENTRYPOINT ["/opt/corridorsim/corridorsim"]
