# Sourced by the radio-core benchmarks (bench/periodogram.sh, bls-kepler90.sh, bls-threads.sh, ls-accuracy.sh), from
# the repository root: compile_core_bench CLASSES SOURCE.java builds radio-core in the Maven reactor (nothing is
# installed into ~/.m2), compiles the benchmark's main into CLASSES and sets $cp to radio-core's classes and
# runtime libraries.
compile_core_bench() {
    mkdir -p "$1"
    mvn -B -q -pl radio-core -am -DskipTests package dependency:build-classpath -DincludeScope=runtime \
        -Dmdep.outputFile=target/classpath.txt
    cp="radio-core/target/classes:$(cat radio-core/target/classpath.txt)"
    javac -d "$1" -cp "$cp" "$2"
}
