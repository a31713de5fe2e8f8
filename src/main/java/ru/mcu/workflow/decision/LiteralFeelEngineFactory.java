package ru.mcu.workflow.decision;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;

/**
 * Creates the {@link LiteralFeelEngine} around the Scala FEEL engine the DMN engine would
 * have created, with the custom functions configured on it.
 */
final class LiteralFeelEngineFactory implements FeelEngineFactory {

    private final DefaultDmnEngineConfiguration configuration;

    LiteralFeelEngineFactory(DefaultDmnEngineConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public FeelEngine createInstance() {
        return new LiteralFeelEngine(new ScalaFeelEngineFactory(configuration.getFeelCustomFunctionProviders()).createInstance());
    }
}
