import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

// (boot.ts has started the data, the label font, MapLibre and its tile worker)
mount(App, { target: document.getElementById('app')! });
