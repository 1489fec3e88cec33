/**
 * Agent options: parsed once at start from the agent argument and an optional properties file. Invalid options
 * stop the agent (with a message naming the option), never the application.
 */
package dev.peregrine.agent.config;
