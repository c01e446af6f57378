/** JMH benchmarks. Build with {@code mvn -B package -pl bench -am}, run with {@code java -jar bench/target/benchmarks.jar}. */
package org.isletsim.bench;
