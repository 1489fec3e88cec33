/**
 * The pipeline between application threads and evaluation: a bounded JCTools MPSC queue
 * ({@link dev.peregrine.agent.pipeline.EventQueue}, drop-and-count when full, never blocking) and one daemon
 * consumer thread ({@link dev.peregrine.agent.pipeline.Consumer}) that hands each event to the
 * {@link dev.peregrine.agent.pipeline.EventSink}s in turn: the JSON event log, the embedded engine. A slow sink
 * only makes the queue fill up and drop; a throwing sink is counted and skipped. Nothing here runs on an
 * application thread except {@code EventQueue.offer}.
 */
package dev.peregrine.agent.pipeline;
